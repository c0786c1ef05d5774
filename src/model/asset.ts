/** A binary resource the article refers to (an image), held in memory. Outputs never fetch anything. */
export interface Asset {
  /** Stable name used in every output, e.g. `images/figure-1.svg`. */
  path: string;
  mediaType: string;
  bytes: Uint8Array;
}
