// Validation helpers that panic with values that cannot be formatted.
#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Meters,
    Feet,
}

#[derive(Clone, Copy)]
struct Measure {
    value: f64,
    unit: Unit,
}

fn to_meters(m: Measure) -> f64 {
    match m.unit {
        Unit::Meters => m.value,
        Unit::Feet => m.value * 0.3048,
    }
}

fn check_positive(m: Measure) {
    if m.value < 0.0 {
        panic!("negative measure {}", m.value);
    }
    if m.value.is_nan() {
        panic!("not a number in {:?}", m);
    }
}

fn check_unit(m: Measure, expected: Unit) {
    assert!(m.unit == expected, "unit {} does not match", m.unit);
    assert_eq!(m.unit, expected);
    assert_ne!(m.unit, Unit::Feet, "feet are not allowed here");
    debug_assert!(m.value < 1000.0, "too large: {:?}", m.value);
}

fn main() {
    let samples = [Measure { value: 3.0, unit: Unit::Meters }, Measure { value: 10.0, unit: Unit::Feet }];
    let mut total = 0.0;
    for m in samples {
        check_positive(m);
        total += to_meters(m);
    }
    check_unit(samples[0], Unit::Meters);
    if total > 100.0 {
        unreachable!("total {} exceeds {}", total, samples[1]);
    }
    todo!("convert {:?}", samples[1].unit);
}
