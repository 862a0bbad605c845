//! `cmath`: complex elementary functions. Finite arguments use Kahan's
//! branch-cut formulas (signed zeros pick the side of a cut); infinite
//! and NaN arguments follow C99 Annex G. Overflow of a finite argument's
//! result is OverflowError, a pole or a NaN result is ValueError, as in
//! CPython.

use std::f64::consts::{E, FRAC_PI_2, FRAC_PI_4, LN_2, PI, TAU};

use super::args;
use super::modules::make_module;
use crate::objects::complex::ComplexObj as C;
use crate::objects::function::KwArgs;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

const LARGE: f64 = f64::MAX / 4.0;
const LN_10: f64 = std::f64::consts::LN_10;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

extern "C" {
    // The C library's; Rust's own `f64::asinh` rounds differently and
    // CPython's results are the C library's.
    #[link_name = "asinh"]
    fn libm_asinh(x: f64) -> f64;
}

fn asinh_r(x: f64) -> f64 {
    // SAFETY: a pure function of a double.
    unsafe { libm_asinh(x) }
}

fn finite(z: C) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

/// Why a result is refused.
#[derive(Clone, Copy)]
enum Fail {
    Domain,
    Range,
}

type R = Result<C, Fail>;

fn arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<C> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "cmath.{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )));
    }
    to_c(vm, &args[0])
}

fn to_c(vm: &mut Vm, v: &Value) -> PyResult<C> {
    match crate::objects::complex::number_arg(vm, v)? {
        Some(z) => Ok(z),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {}", tn)))
        }
    }
}

fn raise(vm: &mut Vm, f: Fail) -> crate::vm::PyErr {
    match f {
        Fail::Domain => vm.value_error("math domain error"),
        Fail::Range => vm.overflow_error("math range error"),
    }
}

/// Finite argument, infinite result: overflow.
fn check_range(z: C, r: C) -> R {
    if finite(z) && !finite(r) {
        Err(Fail::Range)
    } else {
        Ok(r)
    }
}

fn c_sqrt(z: C) -> C {
    if z.im.is_infinite() {
        return C::new(f64::INFINITY, z.im);
    }
    if z.re.is_nan() {
        return C::new(f64::NAN, f64::NAN);
    }
    if z.re.is_infinite() {
        if z.im.is_nan() {
            return if z.re > 0.0 {
                C::new(z.re, f64::NAN)
            } else {
                C::new(f64::NAN, f64::INFINITY)
            };
        }
        return if z.re > 0.0 {
            C::new(z.re, 0.0f64.copysign(z.im))
        } else {
            C::new(0.0, f64::INFINITY.copysign(z.im))
        };
    }
    if z.im.is_nan() {
        return C::new(f64::NAN, f64::NAN);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return C::new(0.0, z.im);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    // s = sqrt((|x| + |z|) / 2), scaled so neither tiny nor huge parts
    // lose precision or overflow.
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let (sx, sy) = (ax * 2f64.powi(54), ay * 2f64.powi(54));
        ((sx + sx.hypot(sy)) / 2.0).sqrt() * 2f64.powi(-27)
    } else {
        let (qx, qy) = (ax / 8.0, ay / 8.0);
        2.0 * (qx + qx.hypot(qy)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        C::new(s, d.copysign(z.im))
    } else {
        C::new(d, s.copysign(z.im))
    }
}

fn c_exp(z: C) -> R {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() {
            return Ok(if z.re > 0.0 {
                if z.im == 0.0 {
                    C::new(f64::INFINITY, z.im)
                } else {
                    C::new(f64::INFINITY * z.im.cos(), f64::INFINITY * z.im.sin())
                }
            } else {
                C::new(0.0 * z.im.cos(), 0.0 * z.im.sin())
            });
        }
        if z.re.is_infinite() {
            // +-inf with an infinite or NaN imaginary part.
            return if z.re > 0.0 {
                if z.im.is_infinite() {
                    Err(Fail::Domain)
                } else {
                    Ok(C::new(f64::INFINITY, f64::NAN))
                }
            } else {
                Ok(C::new(0.0, 0.0))
            };
        }
        if z.re.is_nan() {
            return Ok(if z.im == 0.0 {
                C::new(f64::NAN, z.im)
            } else {
                C::new(f64::NAN, f64::NAN)
            });
        }
        // Finite real part, infinite or NaN imaginary part.
        return if z.im.is_infinite() {
            Err(Fail::Domain)
        } else {
            Ok(C::new(f64::NAN, f64::NAN))
        };
    }
    if z.im == 0.0 {
        return check_range(z, C::new(z.re.exp(), z.im));
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        C::new(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        C::new(l * z.im.cos(), l * z.im.sin())
    };
    check_range(z, r)
}

fn c_log(z: C) -> R {
    if !finite(z) {
        let re = if z.re.is_infinite() || z.im.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        };
        let im = if z.re.is_nan() || z.im.is_nan() {
            f64::NAN
        } else {
            z.im.atan2(z.re)
        };
        return Ok(C::new(re, im));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let k = 2f64.powi(53);
            (ax * k).hypot(ay * k).ln() - 53.0 * LN_2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle log|z| is tiny: log1p keeps its digits.
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(C::new(re, z.im.atan2(z.re)))
}

fn c_sinh(z: C) -> R {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() {
            return Ok(if z.im == 0.0 {
                C::new(z.re, z.im)
            } else {
                C::new(
                    f64::INFINITY.copysign(z.im.cos()) * z.re.signum(),
                    f64::INFINITY.copysign(z.im.sin()),
                )
            });
        }
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(Fail::Domain);
        }
        if z.re.is_infinite() {
            return if z.im.is_infinite() {
                Err(Fail::Domain)
            } else {
                Ok(C::new(f64::INFINITY, f64::NAN))
            };
        }
        if z.re == 0.0 {
            return Ok(C::new(0.0, f64::NAN));
        }
        return Ok(if z.im == 0.0 {
            C::new(f64::NAN, z.im)
        } else {
            C::new(f64::NAN, f64::NAN)
        });
    }
    let r = if z.re.abs() > log_large() {
        let xm1 = z.re - 1f64.copysign(z.re);
        C::new(z.im.cos() * xm1.sinh() * E, z.im.sin() * xm1.cosh() * E)
    } else {
        C::new(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    check_range(z, r)
}

fn c_cosh(z: C) -> R {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() {
            return Ok(if z.im == 0.0 {
                C::new(f64::INFINITY, z.im * z.re.signum())
            } else {
                C::new(
                    f64::INFINITY.copysign(z.im.cos()),
                    f64::INFINITY.copysign(z.im.sin()) * z.re.signum(),
                )
            });
        }
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(Fail::Domain);
        }
        if z.re.is_infinite() {
            return if z.im.is_infinite() {
                Err(Fail::Domain)
            } else {
                Ok(C::new(f64::INFINITY, f64::NAN))
            };
        }
        if z.re == 0.0 {
            return Ok(C::new(f64::NAN, 0.0));
        }
        return Ok(if z.im == 0.0 {
            C::new(f64::NAN, 0.0)
        } else {
            C::new(f64::NAN, f64::NAN)
        });
    }
    let r = if z.re.abs() > log_large() {
        let xm1 = z.re - 1f64.copysign(z.re);
        C::new(z.im.cos() * xm1.cosh() * E, z.im.sin() * xm1.sinh() * E)
    } else {
        C::new(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    check_range(z, r)
}

fn c_tanh(z: C) -> R {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() {
            return Ok(C::new(
                1f64.copysign(z.re),
                0.0f64.copysign(2.0 * z.im.sin() * z.im.cos()),
            ));
        }
        if z.re.is_infinite() {
            return Ok(C::new(1f64.copysign(z.re), 0.0));
        }
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(Fail::Domain);
        }
        return Ok(if z.im == 0.0 {
            C::new(f64::NAN, z.im)
        } else {
            C::new(f64::NAN, f64::NAN)
        });
    }
    if z.re.abs() > log_large() {
        return Ok(C::new(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(C::new(
        tx * (1.0 + ty * ty) / denom,
        ((ty / denom) * cx) * cx,
    ))
}

fn c_asinh(z: C) -> C {
    if !finite(z) {
        if z.re.is_infinite() {
            let im = if z.im.is_nan() {
                f64::NAN
            } else if z.im.is_infinite() {
                FRAC_PI_4.copysign(z.im)
            } else {
                0.0f64.copysign(z.im)
            };
            return C::new(z.re, im);
        }
        if z.im.is_infinite() {
            let re = if z.re.is_nan() {
                f64::INFINITY
            } else {
                f64::INFINITY.copysign(z.re)
            };
            let im = if z.re.is_nan() {
                f64::NAN
            } else {
                FRAC_PI_2.copysign(z.im)
            };
            return C::new(re, im);
        }
        if z.re.is_nan() && z.im == 0.0 {
            return C::new(f64::NAN, z.im);
        }
        return C::new(f64::NAN, f64::NAN);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + 2.0 * LN_2;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return C::new(re, z.im.atan2(z.re.abs()));
    }
    let s1 = c_sqrt(C::new(1.0 + z.im, -z.re));
    let s2 = c_sqrt(C::new(1.0 - z.im, z.re));
    C::new(
        asinh_r(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

fn c_acos(z: C) -> C {
    if !finite(z) {
        // acos(z) = pi/2 - asin(z), with the special values of asinh.
        let a = c_asin(z);
        return C::new(
            if a.re.is_nan() {
                f64::NAN
            } else {
                FRAC_PI_2 - a.re
            },
            -a.im,
        );
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + 2.0 * LN_2;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        return C::new(z.im.abs().atan2(z.re), im);
    }
    let s1 = c_sqrt(C::new(1.0 - z.re, -z.im));
    let s2 = c_sqrt(C::new(1.0 + z.re, z.im));
    C::new(
        2.0 * s1.re.atan2(s2.re),
        asinh_r(s2.re * s1.im - s2.im * s1.re),
    )
}

fn c_acosh(z: C) -> C {
    if !finite(z) {
        if z.re.is_finite() && z.im.is_nan() {
            return C::new(f64::NAN, f64::NAN);
        }
        let a = c_acos(z);
        // acosh(z) = +-i acos(z), the sign making the real part >= 0.
        let r = C::new(-a.im, a.re);
        return if r.re < 0.0 || (r.re == 0.0 && r.re.is_sign_negative()) {
            C::new(-r.re, -r.im)
        } else {
            r
        };
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return C::new(
            (z.re / 2.0).hypot(z.im / 2.0).ln() + 2.0 * LN_2,
            z.im.atan2(z.re),
        );
    }
    let s1 = c_sqrt(C::new(z.re - 1.0, z.im));
    let s2 = c_sqrt(C::new(z.re + 1.0, z.im));
    C::new(
        asinh_r(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    )
}

fn c_atanh(z: C) -> R {
    if z.re < 0.0 || (z.re == 0.0 && z.re.is_sign_negative()) {
        let r = c_atanh(C::new(-z.re, -z.im))?;
        return Ok(C::new(-r.re, -r.im));
    }
    if !finite(z) {
        if z.re.is_nan() {
            return Ok(if z.im.is_infinite() {
                C::new(0.0, FRAC_PI_2.copysign(z.im))
            } else {
                C::new(f64::NAN, f64::NAN)
            });
        }
        if z.im.is_nan() {
            return Ok(if z.re.is_infinite() || z.re == 0.0 {
                C::new(0.0, f64::NAN)
            } else {
                C::new(f64::NAN, f64::NAN)
            });
        }
        return Ok(C::new(0.0, FRAC_PI_2.copysign(z.im)));
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(C::new(z.re / 4.0 / h / h, -(FRAC_PI_2.copysign(-z.im))));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok(C::new(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(z.im),
        ));
    }
    let one_m = 1.0 - z.re;
    Ok(C::new(
        (4.0 * z.re / (one_m * one_m + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.im).atan2(one_m * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

/// f(z) = -i g(iz): the circular functions from the hyperbolic ones.
fn rot(g: impl Fn(C) -> R, z: C) -> R {
    let r = g(C::new(-z.im, z.re))?;
    Ok(C::new(r.im, -r.re))
}

fn c_asin(z: C) -> C {
    let r = c_asinh(C::new(-z.im, z.re));
    C::new(r.im, -r.re)
}

fn c_sin(z: C) -> R {
    rot(c_sinh, z)
}

fn c_tan(z: C) -> R {
    rot(c_tanh, z)
}

fn c_atan(z: C) -> R {
    rot(c_atanh, z)
}

fn c_cos(z: C) -> R {
    c_cosh(C::new(-z.im, z.re))
}

macro_rules! cfuncs {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                let z = arg(vm, args, stringify!($name))?;
                let f: fn(C) -> R = $f;
                match f(z) {
                    Ok(r) => Ok(C::value(r.re, r.im)),
                    Err(e) => Err(raise(vm, e)),
                }
            }
        )*
    };
}

cfuncs! {
    sqrt => |z| Ok(c_sqrt(z));
    exp => c_exp;
    log10 => |z| c_log(z).map(|r| C::new(r.re / LN_10, r.im / LN_10));
    sin => c_sin;
    cos => c_cos;
    tan => c_tan;
    asin => |z| Ok(c_asin(z));
    acos => |z| Ok(c_acos(z));
    atan => c_atan;
    sinh => c_sinh;
    cosh => c_cosh;
    tanh => c_tanh;
    asinh => |z| Ok(c_asinh(z));
    acosh => |z| Ok(c_acosh(z));
    atanh => c_atanh;
}

fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("log expected at least 1 argument, got 0"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "log expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let z = to_c(vm, &args[0])?;
    let mut r = c_log(z).map_err(|e| raise(vm, e))?;
    if let Some(b) = args.get(1) {
        let b = to_c(vm, b)?;
        let lb = c_log(b).map_err(|e| raise(vm, e))?;
        r = r.quot(lb).map_err(|_| raise(vm, Fail::Domain))?;
    }
    Ok(C::value(r.re, r.im))
}

fn phase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = arg(vm, args, "phase")?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

fn polar(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = arg(vm, args, "polar")?;
    let r = match z.abs() {
        Ok(r) => r,
        Err(_) => return Err(raise(vm, Fail::Range)),
    };
    Ok(Value::tuple(vec![
        Value::Float(r),
        Value::Float(z.im.atan2(z.re)),
    ]))
}

fn rect(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("rect expected 2 arguments, got {}", args.len())));
    }
    let r = vm.to_f64(&args[0])?;
    let phi = vm.to_f64(&args[1])?;
    if r.is_finite() && phi.is_infinite() {
        if r == 0.0 {
            return Ok(C::value(0.0, 0.0));
        }
        return Err(raise(vm, Fail::Domain));
    }
    if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        return Ok(C::value(r * phi.cos(), r * phi.sin()));
    }
    if phi == 0.0 {
        // Keeps the zero's sign: r * sin(-0.0) would.
        return Ok(C::value(r, r * phi));
    }
    Ok(C::value(r * phi.cos(), r * phi.sin()))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = arg(vm, args, "isfinite")?;
    Ok(Value::Bool(finite(z)))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = arg(vm, args, "isinf")?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = arg(vm, args, "isnan")?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "isclose", kw, &["a", "b", "rel_tol", "abs_tol"])?;
    let (Some(a), Some(b)) = (
        args::arg_or_kw(args, 0, kw, "a"),
        args::arg_or_kw(args, 1, kw, "b"),
    ) else {
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{}' (pos {})",
            if args.is_empty() { "a" } else { "b" },
            args.len() + 1
        )));
    };
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let a = to_c(vm, &a)?;
    let b = to_c(vm, &b)?;
    let (rel, abs) = super::modules::isclose_tolerances(vm, kw)?;
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if !finite(a) || !finite(b) {
        return Ok(Value::Bool(false));
    }
    let d = a.minus(b).abs().unwrap_or(f64::INFINITY);
    let (na, nb) = (
        a.abs().unwrap_or(f64::INFINITY),
        b.abs().unwrap_or(f64::INFINITY),
    );
    Ok(Value::Bool(d <= rel * nb || d <= rel * na || d <= abs))
}

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "cmath",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("log10", log10),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
        ],
    );
    for (n, v) in [
        ("pi", Value::Float(PI)),
        ("e", Value::Float(E)),
        ("tau", Value::Float(TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("infj", C::value(0.0, f64::INFINITY)),
        ("nanj", C::value(0.0, f64::NAN)),
    ] {
        m.dict.set_str_text(n, v);
    }
    Ok(Value::Module(m))
}
