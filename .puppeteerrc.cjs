/** Colophon uses the system Chromium (see README, "Getting a browser"): never download one. */
module.exports = { skipDownload: true };
