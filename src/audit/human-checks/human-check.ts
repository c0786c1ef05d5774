/**
 * A check no program can make for a person: whether a text alternative says what its image shows, whether the reading
 * order is the order of the sense, whether colour alone carries a meaning. The report lists them per file, so that a
 * file with no machine-checkable failure is never read as a file that conforms.
 */
export interface HumanCheck {
  /** `matterhorn-09-001`, `wcag-1.3.2`, `epub-a11y-metadata`, or axe's rule id for what axe left for a person to review. */
  id: string;
  /** Where the check comes from: a Matterhorn Protocol checkpoint, a WCAG success criterion, or axe's "needs review". */
  reference: string;
  /** What to look at, as a question a person answers. */
  question: string;
  /** PDF: the pictures of the pages help with it (report.html points to them). */
  seePages?: boolean;
  /** axe's "needs review": the places axe could not decide on, with why (at most `HUMAN_CHECK_PLACES` of them). */
  places?: HumanCheckPlace[];
  /** How many places in all, when there were more than `places` holds. */
  placeCount?: number;
  helpUrl?: string;
}

export interface HumanCheckPlace {
  document?: string;
  selector?: string;
  page?: number;
  message: string;
}

/** A check of a data-driven list: `when: 'images'` only for a file that has images. */
export type ListedHumanCheck = Omit<HumanCheck, 'places' | 'placeCount'> & { when?: 'images' };

export const HUMAN_CHECK_PLACES = 20;
