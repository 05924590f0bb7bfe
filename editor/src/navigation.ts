// Views navigate through this module so they do not import the router (and main) itself.
type Navigate = (path: string, options?: { replace?: boolean }) => void;

let impl: Navigate = (path) => {
  location.assign(`/edit/${path}`);
};

/** Use once, in main.ts, to plug the router in. */
export function setNavigate(fn: Navigate): void {
  impl = fn;
}

/** Use to go to an editor path: navigate('s/my-standard'). */
export function navigate(path: string, options?: { replace?: boolean }): void {
  impl(path, options);
}
