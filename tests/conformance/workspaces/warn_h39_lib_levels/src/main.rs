use mapkit::{dist, Point};
use mapkit::geo;

mod cli {
    pub fn parse(n: i32) -> i32 {
        n * 2
    }
    pub fn help() {}
}

fn main() {
    let a = Point { x: 3, y: 4 };
    let b = Point::origin();
    let mut total = dist(a, b);
    println!("{} {}", total, cli::parse(1));
    let Offset = mapkit::publicButOddlyNamed(2);
    println!("{}", Offset);
}
