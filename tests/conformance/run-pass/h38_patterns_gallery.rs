// Match patterns a learner tries: ranges, tuples, @ bindings, guards, ref, slices.
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => 3.14159 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Triangle(a, b, c) => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
        }
    }
}

fn bucket(age: u32) -> &'static str {
    match age {
        0 => "newborn",
        1..=12 => "child",
        n @ 13..=19 if n != 16 => "teen",
        16 => "sixteen",
        _ => "adult",
    }
}

fn quadrant(p: (i32, i32)) -> u8 {
    match p {
        (0, _) | (_, 0) => 0,
        (x, y) if x > 0 && y > 0 => 1,
        (x, _) if x < 0 => {
            if p.1 > 0 { 2 } else { 3 }
        }
        _ => 4,
    }
}

fn ends(values: &[i32]) -> i32 {
    match values {
        [] => 0,
        [only] => *only,
        [first, .., last] => first + last,
    }
}

fn vowel(c: char) -> bool {
    matches_vowel(c)
}

fn matches_vowel(c: char) -> bool {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => true,
        'A'..='Z' => false,
        _ => false,
    }
}

fn main() {
    let shapes = [
        Shape::Circle { r: 1.5 },
        Shape::Rect { w: 2.0, h: 4.5 },
        Shape::Triangle(3.0, 4.0, 5.0),
    ];
    for s in &shapes {
        println!("{:?} area {:.3}", s, s.area());
    }
    for age in [0, 7, 14, 16, 30] {
        println!("{age}: {}", bucket(age));
    }
    for p in [(0, 5), (2, 3), (-1, 4), (-2, -2), (5, -5)] {
        println!("{:?} -> {}", p, quadrant(p));
    }
    println!("{} {} {}", ends(&[]), ends(&[7]), ends(&[1, 2, 3, 10]));
    println!("{} {}", vowel('e'), vowel('Z'));
    let pair = (String_like { len: 3 }, 9);
    let (ref s, n) = pair;
    println!("{} {}", s.len, n);
}

#[allow(non_camel_case_types)]
struct String_like {
    len: usize,
}
