fn describe(temp: i8) -> &'static str {
    match temp {
        i8::MIN..=-20 => "arctic",
        -19..=0 => "freezing",
        1..=15 => "cold",
        16..=25 => "mild",
        27..=40 => "hot",
        41.. => "extreme",
    }
}

fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..90 => 'B',
        70..80 => 'C',
        0..70 => 'F',
    }
}

fn bucket(n: u16) -> u8 {
    match n {
        0 => 0,
        1..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        1000.. => 4,
    }
}

fn main() {
    for t in [-30i8, -5, 10, 20, 26, 35, 50] {
        println!("{} -> {}", t, describe(t));
    }
    println!("{}", grade(85));
    println!("{}", bucket(4242));
}
