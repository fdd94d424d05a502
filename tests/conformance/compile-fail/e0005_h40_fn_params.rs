#[derive(Debug, Clone, Copy)]
enum Coord {
    Flat(i32, i32),
    Space(i32, i32, i32),
}

fn manhattan((x1, y1): (i32, i32), (x2, y2): (i32, i32)) -> i32 {
    (x1 - x2).abs() + (y1 - y2).abs()
}

fn flat_len(Coord::Flat(x, y): Coord) -> i32 {
    x.abs() + y.abs()
}

fn first_pair(&[a, b, ..]: &[i32; 4]) -> i32 {
    a * b
}

fn main() {
    let points = [Coord::Flat(1, 2), Coord::Space(1, 2, 3), Coord::Flat(-3, 4)];
    let mut total = 0;
    for Coord::Flat(x, y) in points {
        total += x + y;
    }
    for (i, &p) in points.iter().enumerate() {
        if let Coord::Space(_, _, z) = p {
            println!("{} has depth {}", i, z);
        }
    }
    println!("{}", manhattan((0, 0), (3, -4)));
    println!("{} {}", flat_len(points[0]), first_pair(&[2, 3, 4, 5]));
    println!("{}", total);
}
