// Formatting: positional and named arguments, inline captures, width/fill/alignment, precision, radix, Debug pretty.
use std::fmt;

#[derive(Debug)]
struct Point3 {
    x: f32,
    y: f32,
    z: f32,
}

struct Hex<'a>(&'a [u8]);

impl fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::LowerHex for Point3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:x}/{:x}/{:x}", self.x as i32, self.y as i32, self.z as i32)
    }
}

fn main() {
    let name = "sluice";
    let width = 12;
    let precision = 3;
    let pi = std::f64::consts::PI;
    println!("{0} {1} {0}", "a", "b");
    println!("{name} {name:?} {name:>width$} {name:*^width$}|");
    println!("{0:>1$}|{0:<1$}|{0:^1$}|", "r", 5);
    println!("{pi:.precision$} {pi:10.2} {:+.1e} {:.*}", pi, 2, pi);
    println!("{:#b} {:#o} {:#x} {:#X} {:08b}", 5, 64, 255, 255, 9u8);
    println!("{:#?}", Point3 { x: 1.0, y: -2.5, z: 0.0 });
    println!("{:x} {}", Point3 { x: 255.0, y: 16.0, z: 1.0 }, Hex(&[0xde, 0xad, 0xbe, 0xef]));
    println!("{{literal braces}} {:?} {:?}", (1, "two"), [Some(1), None]);
    println!("{:>w$.p$}", 2.0f64.sqrt(), w = 10, p = 4);
    let s = format!("{:-<8}{:->8}", "left", "right");
    let mut buf = String::new();
    fmt::write(&mut buf, format_args!("{}-{}", 1, 2)).unwrap();
    eprint!("{s} {buf}\n");
    print!("{}\n", format_args!("{:5}|{:<5}|{:05}", 42, 42, -42));
}
