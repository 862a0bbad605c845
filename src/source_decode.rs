//! Turning a program's bytes into source text as CPython does: a UTF-8
//! byte-order mark, a PEP 263 `coding` declaration in the first two lines
//! (UTF-8, Latin-1 and ASCII are known here), and CPython's SyntaxError
//! texts when the bytes do not decode.

/// Where the program came from: CPython honours only a UTF-8
/// declaration on standard input.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    File,
    Stdin,
}

enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

/// Decode `bytes`, the program read from `filename`. The error is the
/// text CPython prints (ending with a newline); the exit status is 1.
pub fn decode(bytes: &[u8], filename: &str, origin: Origin) -> Result<String, String> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = declaration(body);
    let codec = match &declared {
        None => None,
        Some(name) => {
            let normal = normal_name(name);
            if bom && normal != "utf-8" {
                return Err(format!(
                    "SyntaxError: encoding problem: {} with BOM\n",
                    normal
                ));
            }
            if origin == Origin::Stdin && normal != "utf-8" {
                return Err(format!("SyntaxError: encoding problem: {}\n", normal));
            }
            match codec_of(&normal) {
                Some(c) => Some(c),
                None => return Err(format!("SyntaxError: encoding problem: {}\n", normal)),
            }
        }
    };
    match codec {
        Some(Codec::Latin1) => Ok(body.iter().map(|&b| b as char).collect()),
        Some(Codec::Ascii) => match body.is_ascii() {
            true => Ok(body.iter().map(|&b| b as char).collect()),
            false => Err(format!(
                "SyntaxError: encoding problem: {}\n",
                declared.map(|n| normal_name(&n)).unwrap_or_default()
            )),
        },
        Some(Codec::Utf8) => declared_utf8(body, filename),
        None if bom => declared_utf8(body, filename),
        None => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let at = e.valid_up_to();
                let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                Err(format!(
                    "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                    body[at], filename, line
                ))
            }
        },
    }
}

/// The encoding named by a `coding[:=]` comment on line 1, or on line 2
/// when line 1 is blank or only a comment.
fn declaration(body: &[u8]) -> Option<String> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_in(first) {
        return Some(name);
    }
    let t = trim_blank(first);
    if !t.is_empty() && t[0] != b'#' {
        return None;
    }
    coding_in(lines.next()?)
}

fn trim_blank(line: &[u8]) -> &[u8] {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'))
        .unwrap_or(line.len());
    &line[start..]
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn coding_in(line: &[u8]) -> Option<String> {
    let rest = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .map(|i| &line[i..])?;
    if rest.first() != Some(&b'#') {
        return None;
    }
    let mut i = 0;
    while i + 7 <= rest.len() {
        if &rest[i..i + 6] == b"coding" && matches!(rest[i + 6], b':' | b'=') {
            let mut j = i + 7;
            while j < rest.len() && matches!(rest[j], b' ' | b'\t') {
                j += 1;
            }
            let start = j;
            while j < rest.len()
                && (rest[j].is_ascii_alphanumeric() || matches!(rest[j], b'-' | b'_' | b'.'))
            {
                j += 1;
            }
            if j > start {
                return Some(String::from_utf8_lossy(&rest[start..j]).into_owned());
            }
        }
        i += 1;
    }
    None
}

/// CPython's tokenizer spelling of a declared name: `utf-8` and the
/// Latin-1 names are normalised, anything else is kept as written.
fn normal_name(name: &str) -> String {
    let head: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let starts = |p: &str| head == p || head.starts_with(&format!("{}-", p));
    if starts("utf-8") {
        "utf-8".to_string()
    } else if starts("latin-1") || starts("iso-8859-1") || starts("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

/// The codec for a name, by Python's codec aliases (lower case, with `-`
/// and spaces as `_`).
fn codec_of(name: &str) -> Option<Codec> {
    let key: String = name
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Some(match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" => Codec::Latin1,
        "ascii" | "us_ascii" | "us" | "646" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_ir_6" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "iso_646.irv_1991" => Codec::Ascii,
        _ => return None,
    })
}

/// UTF-8 that the program says it is (a declaration or a byte-order
/// mark): CPython's tokenizer then skips what is in comments and reports
/// other bad bytes as a located "(unicode error)".
fn declared_utf8(body: &[u8], filename: &str) -> Result<String, String> {
    if let Ok(s) = std::str::from_utf8(body) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(body.len());
    for (n, line) in body.split_inclusive(|&b| b == b'\n').enumerate() {
        match std::str::from_utf8(line) {
            Ok(s) => out.push_str(s),
            Err(e) => {
                let at = e.valid_up_to();
                // The prefix is valid UTF-8 (valid_up_to says so).
                let before = std::str::from_utf8(&line[..at]).unwrap_or("");
                let position = match scan(before) {
                    Scan::Comment => {
                        out.push_str(&String::from_utf8_lossy(line));
                        continue;
                    }
                    // The literal's text is what fails to decode.
                    Scan::InString(start) => at - start,
                    Scan::Code => 0,
                };
                let reason = match (line[at], e.error_len()) {
                    (0xc2..=0xf4, None) => "unexpected end of data",
                    (0xc2..=0xf4, Some(_)) => "invalid continuation byte",
                    _ => "invalid start byte",
                };
                let shown = String::from_utf8_lossy(line);
                let shown = shown.trim_end_matches(['\n', '\r']);
                let indent = shown.len() - shown.trim_start().len();
                let col = before.chars().count().saturating_sub(indent);
                return Err(format!(
                    "  File \"{}\", line {}\n    {}\n    {}^\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}\n",
                    filename,
                    n + 1,
                    shown.trim_start(),
                    " ".repeat(col),
                    line[at],
                    position,
                    reason
                ));
            }
        }
    }
    Ok(out)
}

/// Where the end of a line's start is: in a comment, in a string
/// opened on this line (its text starting at that byte), or in code.
enum Scan {
    Comment,
    InString(usize),
    Code,
}

/// A `#` outside the quotes opened on this line starts a comment.
fn scan(prefix: &str) -> Scan {
    let mut quote: Option<(char, usize)> = None;
    let mut escaped = false;
    for (i, c) in prefix.char_indices() {
        match quote {
            Some((q, _)) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => return Scan::Comment,
                '\'' | '"' => quote = Some((c, i + 1)),
                _ => {}
            },
        }
    }
    match quote {
        Some((_, start)) => Scan::InString(start),
        None => Scan::Code,
    }
}
