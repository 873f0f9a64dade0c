// French typography for text written with ordinary spaces (FAQ, guides, e-mails): a narrow
// no-break space before ; : ! ? and inside « », so that they never start a line.
const NNBSP = "\u202f";

export function frenchSpaces(s: string) {
  return s.replace(/ ([;:!?»])/g, `${NNBSP}$1`).replace(/« /g, `«${NNBSP}`);
}
