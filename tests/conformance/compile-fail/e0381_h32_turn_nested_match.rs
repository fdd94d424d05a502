#[derive(Clone, Copy, Debug, PartialEq)]
enum Dir {
    N,
    E,
    S,
    W,
}

fn turn(d: Dir, right: bool) -> Dir {
    let nd;
    match (d, right) {
        (Dir::N, true) | (Dir::S, false) => nd = Dir::E,
        (Dir::E, true) | (Dir::W, false) => nd = Dir::S,
        (Dir::S, true) | (Dir::N, false) => nd = Dir::W,
        (Dir::W, true) | (Dir::E, false) => {
            if right {
                nd = Dir::N;
            } else {
                match d {
                    Dir::E => nd = Dir::N,
                    _ => {}
                }
            }
        }
    }
    nd
}

fn main() {
    let mut d = Dir::N;
    for i in 0..6 {
        d = turn(d, i % 2 == 0);
    }
    println!("{:?}", d);
}
