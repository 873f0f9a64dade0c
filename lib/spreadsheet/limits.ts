// Issue 14: limits of an uploaded spreadsheet, shown on the import screens (client-safe).
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 5_000;
export const FILE_TOO_LARGE = "Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.";
export const TOO_MANY_ROWS = "Le fichier compte plus de 5\u202f000 lignes : découpez-le en plusieurs fichiers.";
