// Unit conversions with shadowing that changes the type at each step.

const INCHES_PER_FOOT: u32 = 12;
const CM_PER_INCH: f64 = 2.54;

fn parse_feet_inches(src: &[u8]) -> (u32, u32) {
    let mut feet = 0;
    let mut inches = 0;
    let mut cur = 0;
    for &b in src {
        match b {
            b'0'..=b'9' => cur = cur * 10 + (b - b'0') as u32,
            b'\'' => {
                feet = cur;
                cur = 0;
            }
            b'"' => {
                inches = cur;
                cur = 0;
            }
            _ => {}
        }
    }
    (feet, inches)
}

fn main() {
    let inputs: [&[u8]; 3] = [b"5'11\"", b"6'0\"", b"4'3\""];
    for raw in inputs {
        let height = parse_feet_inches(raw);
        let height = height.0 * INCHES_PER_FOOT + height.1;
        let height = height as f64 * CM_PER_INCH;
        let height = height.round() as i32;
        let category = if height >= 180 { "tall" } else if height >= 150 { "average" } else { "short" };
        println!("{} cm: {}", height, category);
    }
    let x = 5;
    {
        let x = x * 2;
        println!("inner {}", x);
    }
    let x = x as u8 as char;
    println!("outer {:?}", x);
    let x = "shadowed";
    println!("{} {}", x, x.len());
}
