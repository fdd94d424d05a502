// Bounds of signed ranges written with parenthesised literals.
const MIN_TEMP: i8 = -(128);
const MAX_TEMP: i8 = 127;

#[derive(Debug)]
struct Range8 {
    lo: i8,
    hi: i8,
}

fn clamp_all(values: [i16; 4], r: &Range8) -> [i8; 4] {
    let mut out = [0i8; 4];
    for (i, v) in values.iter().enumerate() {
        let c = if *v < r.lo as i16 {
            r.lo
        } else if *v > r.hi as i16 {
            r.hi
        } else {
            *v as i8
        };
        out[i] = c;
    }
    out
}

fn main() {
    let r = Range8 { lo: MIN_TEMP, hi: MAX_TEMP };
    let low: i16 = -(300);
    println!("{:?}", clamp_all([low, -5, 40, 1000], &r));
    println!("{:?}", r);
}
