//! When REPL input is complete, as CPython's interactive mode decides: a
//! compound statement continues until a blank line; open brackets, an
//! unterminated triple-quoted string and a trailing backslash continue.

/// Whether `buf` (lines so far, each ending in a newline) needs more lines.
pub fn needs_more(buf: &str) -> bool {
    let scan = scan(buf);
    if scan.depth > 0 || scan.in_triple || scan.backslash {
        return true;
    }
    if opens_block(buf) {
        // The block ends with an empty line.
        let last_blank =
            buf.ends_with("\n\n") || buf.lines().last().is_some_and(|l| l.trim().is_empty());
        return !last_blank;
    }
    false
}

/// Whether the first logical line starts a compound statement.
fn opens_block(buf: &str) -> bool {
    let first = buf.lines().find(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    });
    let Some(first) = first else { return false };
    let t = strip_comment(first).trim_end();
    let head = first.trim_start();
    t.ends_with(':')
        || head.starts_with('@')
        || [
            "if ", "for ", "while ", "def ", "class ", "with ", "try ", "async ",
        ]
        .iter()
        .any(|k| head.starts_with(k))
}

fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '#' => return &line[..i],
            None => {}
        }
    }
    line
}

struct Scan {
    depth: i32,
    in_triple: bool,
    backslash: bool,
}

/// Bracket depth and string state at the end of `src`.
fn scan(src: &str) -> Scan {
    let chars: Vec<char> = src.chars().collect();
    let mut depth = 0i32;
    let mut i = 0;
    let mut string: Option<(char, bool)> = None;
    while i < chars.len() {
        let c = chars[i];
        match string {
            Some((q, triple)) => {
                if c == '\\' {
                    i += 2;
                    continue;
                }
                if triple {
                    if c == q && chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q) {
                        string = None;
                        i += 3;
                        continue;
                    }
                } else if c == q || c == '\n' {
                    string = None;
                }
            }
            None => match c {
                '#' => {
                    while i < chars.len() && chars[i] != '\n' {
                        i += 1;
                    }
                    continue;
                }
                '\'' | '"' => {
                    let triple = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
                    string = Some((c, triple));
                    if triple {
                        i += 3;
                        continue;
                    }
                }
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            },
        }
        i += 1;
    }
    let trimmed = src.trim_end_matches('\n');
    Scan {
        depth,
        in_triple: matches!(string, Some((_, true))),
        backslash: trimmed.ends_with('\\') && string.is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::needs_more;

    #[test]
    fn simple_statements_are_complete() {
        assert!(!needs_more("x = 1\n"));
        assert!(!needs_more("print('a:')\n"));
        assert!(!needs_more("d = {'a': 1}  # {\n"));
    }

    #[test]
    fn blocks_continue_until_a_blank_line() {
        assert!(needs_more("def f():\n"));
        assert!(needs_more("def f():\n    return 1\n"));
        assert!(!needs_more("def f():\n    return 1\n\n"));
        assert!(needs_more("for i in range(3): print(i)\n"));
        assert!(!needs_more("for i in range(3): print(i)\n\n"));
        assert!(needs_more("@decorator\n"));
    }

    #[test]
    fn brackets_strings_and_backslashes_continue() {
        assert!(needs_more("x = (1,\n"));
        assert!(!needs_more("x = (1,\n 2)\n"));
        assert!(needs_more("s = '''abc\n"));
        assert!(!needs_more("s = '''abc\n'''\n"));
        assert!(needs_more("x = 1 + \\\n"));
        assert!(!needs_more("s = ')'\n"));
    }
}
