/** File types counted as attachments (附件) when a link points at them (indicators §7: attachments count). */
const ATTACHMENT = /\.(pdf|docx?|xlsx?|pptx?|wps|et|dps|ofd|zip|rar|7z|tar|gz|txt|csv|ceb|caj)$/i;

/** True when the URL's path ends with an attachment extension. */
export function isAttachmentUrl(url: string): boolean {
  try {
    return ATTACHMENT.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
