// French typography, the one helper for the UI, the PDFs and the e-mails (issue 15): a narrow
// no-break space (U+202F) before ; : ! ? and inside « », and a no-break space (U+00A0) between a
// number and % or a unit, so that none of them ever starts a line. Text written with ordinary
// spaces goes through it; a sign written without a space before it ("10:30", "https://") is
// left alone, so times and addresses keep their shape.
const NNBSP = "\u202f";
const NBSP = "\u00a0";

// units after a number: "80 %", "35 mm", "2 h", "300 Mo", "12 €"
const UNIT = /(\d)[ \u00a0](%|€|°C|km\/h|km|cm|mm|m|kg|g|t|h|min|s|Ko|Mo|Go|px|bits?)(?![\p{L}\p{N}])/gu;

export function frenchSpaces(s: string) {
  return s
    .replace(/[ \u00a0]+([;:!?»])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0]+/g, `«${NNBSP}`)
    .replace(UNIT, `$1${NBSP}$2`)
    .replace(/ \*$/, `${NBSP}*`); // a required field's star stays with its label
}

/**
 * The same for a whole HTML document (the PDFs): only the text between tags changes, never
 * the tags, their attributes, nor what <style> and <script> hold.
 */
export function frenchSpacesInHtml(html: string) {
  return html.replace(/(<(style|script)\b[\s\S]*?<\/\2>)|(<[^>]*>)|([^<]+)/gi, (all, raw, _name, tag, text) =>
    raw || tag ? all : frenchSpaces(text),
  );
}
