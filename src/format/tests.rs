//! Checks against expectations recorded from CPython 3.11 (see gen_cases.py).

use super::*;
use num_bigint::BigInt;

const CASES: &str = include_str!("cases.txt");

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('\\') => out.push('\\'),
            Some('u') => {
                let _ = it.next(); // '{'
                let mut hex = String::new();
                for h in it.by_ref() {
                    if h == '}' {
                        break;
                    }
                    hex.push(h);
                }
                let n = u32::from_str_radix(&hex, 16).expect("test data hex");
                out.push(char::from_u32(n).expect("test data char"));
            }
            other => panic!("bad escape in test data: {:?}", other),
        }
    }
    out
}

fn bits(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("test data bits"))
}

fn show_f(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

/// Renders a result the way the generator recorded it: "OK:text" or "Exc:message".
fn outcome(r: Result<String, String>) -> String {
    match r {
        Ok(s) => format!("OK:{}", s),
        Err(m) => format!("{}:{}", exception_for(&m), m),
    }
}

fn run_kind(kind: &str) -> usize {
    let mut count = 0;
    let mut failures = Vec::new();
    for line in CASES.lines().filter(|l| l.split('\t').next() == Some(kind)) {
        let f: Vec<&str> = line.split('\t').collect();
        count += 1;
        let (got, want) = match kind {
            "fint" | "fbool" => {
                let v: BigInt = f[1].parse().expect("int");
                let spec = unescape(f[2]);
                let name = if kind == "fint" { "int" } else { "bool" };
                let big = outcome(format_int_spec(&v, &spec, name));
                if let Ok(small) = i64::try_from(&v) {
                    let fast = outcome(
                        parse_format_spec(&spec, name).and_then(|s| format_i64(small, &s, name)),
                    );
                    assert_eq!(fast, big, "format_i64 vs format_int for {} {:?}", v, spec);
                }
                (big, unescape(f[3]))
            }
            "ffloat" => (
                outcome(format_float_spec(bits(f[1]), &unescape(f[2]), "float")),
                unescape(f[3]),
            ),
            "fstr" => (
                outcome(format_str_spec(&unescape(f[1]), &unescape(f[2]), "str")),
                unescape(f[3]),
            ),
            "repr" => (float_repr(bits(f[1])), f[2].to_string()),
            "pfloat" => (
                match parse_float(&unescape(f[1])) {
                    Some(x) => format!("OK:{}", show_f(x)),
                    None => "ERR".to_string(),
                },
                f[2].to_string(),
            ),
            "pint" => (
                match parse_int(&unescape(f[1]), f[2].parse().expect("base")) {
                    Some(v) => format!("OK:{}", v),
                    None => "ERR".to_string(),
                },
                f[3].to_string(),
            ),
            "round" => (
                outcome(round_float(bits(f[1]), f[2].parse().expect("n")).map(show_f)),
                f[3].to_string(),
            ),
            "roundint" => (
                outcome(round_float_to_int(bits(f[1])).map(|v| v.to_string())),
                f[2].to_string(),
            ),
            "hfloat" => (float_hash(bits(f[1])).to_string(), f[2].to_string()),
            "hint" => {
                let v: BigInt = f[1].parse().expect("int");
                if let Ok(small) = i64::try_from(&v) {
                    assert_eq!(int_hash_i64(small), int_hash_big(&v), "hash {}", v);
                }
                (int_hash_big(&v).to_string(), f[2].to_string())
            }
            "divmod" => {
                let (q, r) = float_floordiv_mod(bits(f[1]), bits(f[2]));
                let same = |a: f64, b: &str| {
                    let b = bits(b);
                    if a.is_nan() && b.is_nan() {
                        show_f(b)
                    } else {
                        show_f(a)
                    }
                };
                let (wq, wr) = f[3].split_once(',').expect("pair");
                (format!("{},{}", same(q, wq), same(r, wr)), f[3].to_string())
            }
            "pow" => {
                let want = f[3].to_string();
                let got = outcome(float_pow(bits(f[1]), bits(f[2])).map(show_f));
                // Any NaN is as good as CPython's NaN.
                let nan_ok = |s: &str| s.strip_prefix("OK:").is_some_and(|b| bits(b).is_nan());
                if nan_ok(&got) && nan_ok(&want) {
                    (want.clone(), want)
                } else {
                    (got, want)
                }
            }
            _ => unreachable!(),
        };
        if got != want {
            failures.push(format!("{}\n    want {:?}\n    got  {:?}", line, want, got));
        }
    }
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(40).collect();
        panic!(
            "{} of {} {} cases differ:\n{}",
            failures.len(),
            count,
            kind,
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    count
}

#[test]
fn cpython_format_int() {
    assert!(run_kind("fint") > 2000);
    assert!(run_kind("fbool") > 50);
}

#[test]
fn cpython_format_float() {
    assert!(run_kind("ffloat") > 3000);
}

#[test]
fn cpython_format_str() {
    assert!(run_kind("fstr") > 400);
}

#[test]
fn cpython_float_repr() {
    assert!(run_kind("repr") > 800);
}

#[test]
fn cpython_parse_float() {
    assert!(run_kind("pfloat") > 70);
}

#[test]
fn cpython_parse_int() {
    assert!(run_kind("pint") > 300);
}

#[test]
fn cpython_round() {
    assert!(run_kind("round") > 700);
    assert!(run_kind("roundint") > 10);
}

#[test]
fn cpython_hash() {
    assert!(run_kind("hfloat") > 200);
    assert!(run_kind("hint") > 100);
}

#[test]
fn cpython_divmod() {
    assert!(run_kind("divmod") > 400);
}

#[test]
fn cpython_pow() {
    assert!(run_kind("pow") > 500);
}
