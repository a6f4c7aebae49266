// api fetches /api/PATH with the given query parameters (empty ones are
// left out) and returns the decoded JSON, or throws the API's error message.
export async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  }
  const qs = q.toString();
  const resp = await fetch('/api/' + path + (qs ? '?' + qs : ''), {headers: {Accept: 'application/json'}});
  let body = null;
  try { body = await resp.json(); } catch (e) { /* not JSON */ }
  if (!resp.ok) {
    throw new Error((body && body.error) || ('HTTP ' + resp.status));
  }
  return body;
}
