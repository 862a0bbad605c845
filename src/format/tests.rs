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

#[test]
fn readable_examples() {
    for (x, s) in [
        (1e16, "1e+16"),
        (1.5e-5, "1.5e-05"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (123456789012345.0, "123456789012345.0"),
        (1.0, "1.0"),
        (-0.0, "-0.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
    ] {
        assert_eq!(float_repr(x), s);
        assert_eq!(format_float_spec(x, "", "float").as_deref(), Ok(s));
    }
    let f = |x: f64, spec: &str| format_float_spec(x, spec, "float");
    assert_eq!(f(1.0, ".3").as_deref(), Ok("1.0"));
    assert_eq!(f(1e20, "").as_deref(), Ok("1e+20"));
    assert_eq!(f(1.5, "10").as_deref(), Ok("       1.5"));
    assert_eq!(f(1234.5, "012,.1f").as_deref(), Ok("00,001,234.5"));
    assert_eq!(f(-0.0001, "z.1f").as_deref(), Ok("0.0"));
    assert_eq!(f(f64::NAN, "E").as_deref(), Ok("NAN"));
    let i = |v: i64, spec: &str| format_int_spec(&BigInt::from(v), spec, "int");
    assert_eq!(i(-255, "#010_x").as_deref(), Ok("-0x00_00ff"));
    assert_eq!(i(1234, "015_x").as_deref(), Ok("0_0000_0000_04d2"));
    assert_eq!(i(65, "^5c").as_deref(), Ok("  A  "));
    assert_eq!(
        format_int_spec(&BigInt::from(1), "q", "bool").unwrap_err(),
        "Unknown format code 'q' for object of type 'bool'"
    );
    assert_eq!(
        i(1, "+ ").unwrap_err(),
        "Unknown format code '\\x20' for object of type 'int'"
    );
    assert_eq!(
        format_str_spec("héllo", "^9.2", "str").as_deref(),
        Ok("   hé    ")
    );
    assert_eq!(round_float(2.675, 2), Ok(2.67));
    assert_eq!(round_float(0.125, 2), Ok(0.12));
    assert_eq!(round_float(1e308, -308), Ok(1e308));
    assert!(round_float(f64::MAX, -308).is_err());
    assert_eq!(
        round_float_to_int(2.5).map(|v| v.to_string()).as_deref(),
        Ok("2")
    );
    assert_eq!(int_hash_i64(-1), -2);
    assert_eq!(float_hash(1.0), int_hash_i64(1));
    assert_eq!(
        float_floordiv_mod(-1.0, f64::INFINITY),
        (-1.0, f64::INFINITY)
    );
    assert_eq!(parse_float("1_000.5"), Some(1000.5));
    assert_eq!(parse_int("0x_1f", 0), Some(BigInt::from(31)));
    assert_eq!(parse_int("010", 0), None);
    assert_eq!(
        float_pow(0.0, -1.0).unwrap_err(),
        "0.0 cannot be raised to a negative power"
    );
    assert_eq!(
        exception_for("0.0 cannot be raised to a negative power"),
        "ZeroDivisionError"
    );
}

#[test]
fn oversized_requests_fail_cleanly() {
    let huge = "9223372036854775807";
    assert_eq!(
        format_int_spec(&BigInt::from(1), huge, "int"),
        Err(String::new())
    );
    assert_eq!(format_str_spec("a", huge, "str"), Err(String::new()));
    assert_eq!(
        format_float_spec(1.0, ".2147483647f", "float"),
        Err(String::new())
    );
    assert_eq!(
        format_float_spec(1.0, ".2147483648f", "float").unwrap_err(),
        "precision too big"
    );
    // Digits that would all be stripped cost nothing, as in CPython.
    assert_eq!(
        format_float_spec(-12.5, ".2147483647", "float").as_deref(),
        Ok("-12.5")
    );
    assert_eq!(
        format_float_spec(0.1, ".2147483647g", "float").as_deref(),
        Ok("0.1000000000000000055511151231257827021181583404541015625")
    );
    assert_eq!(
        format_str_spec("abc", ".9223372036854775807", "str").as_deref(),
        Ok("abc")
    );
}

/// Hostile inputs must come back as values or errors, never panics.
#[test]
fn no_panics_on_random_input() {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet: Vec<char> = "<>=^+- z#0123456789,_.%bcdeEfFgGnosxXq\u{0}é\u{1F600}iInNaAtfy"
        .chars()
        .collect();
    for _ in 0..20000 {
        let len = (next() % 12) as usize;
        let s: String = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        let x = f64::from_bits(next());
        let v = BigInt::from(next() as i64) * BigInt::from(next() % 1000);
        let _ = format_float_spec(x, &s, "float");
        let _ = format_int_spec(&v, &s, "int");
        let _ = format_str_spec(&s, &s, "str");
        let _ = parse_float(&s);
        let _ = parse_int(&s, (next() % 40) as u32);
        let _ = round_float(x, (next() % 1000) as i64 - 500);
        let _ = float_pow(x, f64::from_bits(next()));
        let _ = float_hash(x);
        let _ = float_to_bigint(x);
        if let Ok(small) = i64::try_from(&v) {
            let _ = parse_format_spec(&s, "int").and_then(|sp| format_i64(small, &sp, "int"));
        }
        let y = f64::from_bits(next());
        if y != 0.0 {
            let _ = float_floordiv_mod(x, y);
        }
    }
}
