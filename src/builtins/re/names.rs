//! `\N{name}`: weft carries no Unicode name table (its string literals
//! refuse `\N{...}` too), so only the names of the printable ASCII
//! letters and digits are known.

pub fn lookup(name: &str) -> Option<u32> {
    let n = name.to_ascii_uppercase();
    let one = |rest: &str| {
        let mut it = rest.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    };
    if let Some(r) = n.strip_prefix("LATIN CAPITAL LETTER ") {
        return one(r).filter(|c| c.is_ascii_uppercase()).map(|c| c as u32);
    }
    if let Some(r) = n.strip_prefix("LATIN SMALL LETTER ") {
        return one(r)
            .filter(|c| c.is_ascii_uppercase())
            .map(|c| c.to_ascii_lowercase() as u32);
    }
    let digits = [
        "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
    ];
    if let Some(r) = n.strip_prefix("DIGIT ") {
        return digits
            .iter()
            .position(|d| *d == r)
            .map(|i| '0' as u32 + i as u32);
    }
    match n.as_str() {
        "SPACE" => Some(32),
        "LOW LINE" => Some('_' as u32),
        "FULL STOP" => Some('.' as u32),
        "HYPHEN-MINUS" => Some('-' as u32),
        _ => None,
    }
}
