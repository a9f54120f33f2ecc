// One import line for tests that need both the importer and the helpers.
export {importPolicy} from './index'
export * from './test-helpers'
