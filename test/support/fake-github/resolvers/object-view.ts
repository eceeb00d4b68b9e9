import { createHash } from 'node:crypto';
import type { FakeRepo } from '../state.ts';

const oid = (text: string): string => createHash('sha1').update(text).digest('hex');

function blobView(text: string) {
  const id = oid(text);
  return {
    __typename: 'Blob',
    id: `B_${id}`,
    oid: id,
    abbreviatedOid: id.slice(0, 7),
    text,
    byteSize: Buffer.byteLength(text),
    isBinary: false,
    isTruncated: false,
  };
}

function treeView(repo: FakeRepo, path: string): unknown {
  const prefix = path === '' ? '' : `${path}/`;
  const children = new Map<string, 'blob' | 'tree'>();
  for (const file of Object.keys(repo.files)
    .filter((name) => name.startsWith(prefix))
    .sort()) {
    const [head, ...rest] = file.slice(prefix.length).split('/');
    if (head) children.set(head, rest.length > 0 ? 'tree' : 'blob');
  }
  if (children.size === 0 && path !== '') return null;
  const id = oid(`tree:${path}`);
  return {
    __typename: 'Tree',
    id: `T_${id}`,
    oid: id,
    abbreviatedOid: id.slice(0, 7),
    entries: [...children].map(([name, type]) => {
      const childPath = `${prefix}${name}`;
      return {
        __typename: 'TreeEntry',
        name,
        path: childPath,
        type,
        mode: type === 'blob' ? 33188 : 16384,
        extension: type === 'blob' && name.includes('.') ? `.${name.split('.').at(-1)}` : null,
        oid: oid(childPath),
        object: () => (type === 'blob' ? blobView(repo.files[childPath] ?? '') : treeView(repo, childPath)),
      };
    }),
  };
}

/** Repository.object(expression: "REF:path") for the default branch: Blob, Tree or null. */
export function objectView(repo: FakeRepo, expression: string): unknown {
  const colon = expression.indexOf(':');
  if (colon < 0) return null;
  const ref = expression.slice(0, colon);
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
  const knownRefs = ['HEAD', repo.defaultBranch, `refs/heads/${repo.defaultBranch}`];
  if (!knownRefs.includes(ref)) return null;
  const text = repo.files[path];
  return text !== undefined ? blobView(text) : treeView(repo, path);
}
