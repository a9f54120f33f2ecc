// Column titles of every {kk, ru} pair: Kazakh first, as on the site.
export const localeTitles = {kk: 'Қазақша (kk)', ru: 'Русский (ru)'} as const
