// The bilingual fidelity checker: facts that must be the same in the kk and ru columns of a section.
export {checkSection} from './checkSection'
export {checkRevision} from './checkRevision'
export {checkSummary} from './checkSummary'
export {checkDataset, type DatasetCheck, type DatasetCheckOptions} from './checkDataset'
export {sectionFromDocument} from './fromDocument'
export {extractColumn, extractFromText} from './extract'
export {formatFinding, formatReport, formatSummary, type ReportTotals} from './format'
export {findingKinds, type Fact, type FactKind, type Finding, type FindingContext, type FindingKind} from './types'
