/** Offers text as a file download from the browser itself: nothing is sent anywhere. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The object URL is revoked once the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
