import { currentSession } from '../auth/session';

/**
 * Exports are authenticated like /graphql (a bearer token, which a plain link cannot carry):
 * fetch the file, then hand it to the browser as a download.
 */
export async function download(url: string, fileName: string): Promise<void> {
  const session = currentSession();
  const response = await fetch(url, { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
  if (!response.ok) throw new Error(String(response.status));
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
