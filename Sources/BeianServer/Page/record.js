// A filing record as plain data, addressed by the field paths diagnostics carry:
// "websites[1].domains" is ["websites", 1, "domains"].

export function parsePath(path) {
  const keys = [];
  path.replace(/([^.[\]]+)|\[(\d+)\]/g, (_, name, index) => {
    keys.push(index !== undefined ? Number(index) : name);
  });
  return keys;
}

// The inverse of parsePath, as the server writes paths.
export function pathText(keys) {
  return keys.reduce((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${key}` : key), "");
}

export function getAt(object, keys) {
  return keys.reduce((value, key) => (value == null ? undefined : value[key]), object);
}

// Sets a value, creating objects on the way; an empty value removes the key and any object it
// leaves empty, so a field left blank never reaches the server as "" (nothing is stated in
// the applicant's name that they did not enter).
export function setAt(object, keys, value) {
  const empty = value === "" || value == null || (Array.isArray(value) && value.length === 0);
  const parents = [];
  let node = object;
  for (let i = 0; i < keys.length - 1; i++) {
    if (node[keys[i]] == null || typeof node[keys[i]] !== "object") {
      if (empty) return;
      node[keys[i]] = typeof keys[i + 1] === "number" ? [] : {};
    }
    parents.push([node, keys[i]]);
    node = node[keys[i]];
  }
  const last = keys[keys.length - 1];
  if (empty) {
    delete node[last];
    for (let i = parents.length - 1; i >= 0; i--) {
      const [parent, key] = parents[i];
      const child = parent[key];
      // Website entries stay even when empty: the group on the page is still there.
      if (Array.isArray(parent) || Array.isArray(child) || Object.keys(child).length > 0) break;
      delete parent[key];
    }
  } else {
    node[last] = value;
  }
}

// A list input (domains, websites to cancel) holds items separated by commas, spaces or 、.
export function splitList(text) {
  return text.split(/[\s,，、;；]+/).filter((item) => item.length > 0);
}

// The record's own order, as the README and the examples write it, whatever order it was built in.
const topOrder = ["id", "subject", "websites", "requests"];

export function recordText(record) {
  const ordered = {};
  topOrder.filter((key) => key in record).forEach((key) => { ordered[key] = record[key]; });
  Object.keys(record).filter((key) => !topOrder.includes(key)).forEach((key) => { ordered[key] = record[key]; });
  return JSON.stringify(ordered, null, 2);
}
