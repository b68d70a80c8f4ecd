//! Hashing: CPython's numeric hash (so `hash(1) == hash(1.0) == hash(True)`), and a fixed
//! byte hash for str/bytes (CPython randomises those per process; we are deterministic).

/// CPython's `_PyHASH_MODULUS`: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;

/// Hash of bytes (FNV-1a, 64 bit): deterministic across runs and platforms.
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// CPython's `hash(int)` for an i64, as the i64 Python returns.
pub fn hash_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % MODULUS) as i64;
    let h = if v < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `hash(int)` for a big int.
pub fn hash_bigint(v: &num_bigint::BigInt) -> i64 {
    use num_traits::ToPrimitive;
    let m = (v.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    let h = if v.sign() == num_bigint::Sign::Minus {
        -m
    } else {
        m
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `hash(float)`: equal to the int hash for integral floats.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_nan() {
        return 0; // CPython 3.11 hashes NaN by identity; 0 keeps us deterministic.
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u64) % 61
    } else {
        61 - 1 - ((-1 - e) as u64 % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = if v < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Combines element hashes as CPython's tuple hash (xxHash-based) does.
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = items.len() as u64;
    let mut acc = P5;
    for h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        // Expectations from CPython 3.11.
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-2.0), -2);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(hash_tuple([1i64, 2].into_iter()), -3550055125485641917);
    }
}
