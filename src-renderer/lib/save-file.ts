/**
 * Saves a file the library made. A download in both the browser and the desktop app: Electron
 * turns a download into its native save dialog, so the user picks the place either way.
 */
export interface FileToSave {
  fileName: string;
  mimeType: string;
  content: string;
}

export function saveFile(file: FileToSave): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its copy once the click is handled; the next task may free ours.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
