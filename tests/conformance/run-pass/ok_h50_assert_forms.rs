#[derive(Debug, PartialEq, Clone, Copy)]
enum Dir {
    N,
    E,
    S,
    W,
}

fn turn(d: Dir) -> Dir {
    match d {
        Dir::N => Dir::E,
        Dir::E => Dir::S,
        Dir::S => Dir::W,
        Dir::W => Dir::N,
    }
}

fn main() {
    let mut d = Dir::N;
    for _ in 0..4 {
        d = turn(d);
    }
    assert_eq!(d, Dir::N);
    assert_eq!(turn(d), Dir::E, "turn from {:?}", d);
    assert_ne!(turn(d), d, "turn must change direction");
    assert!(matches_n(d),);
    assert!(d == Dir::N, "d = {d:?}");
    debug_assert_ne!(Dir::S, Dir::W);
    let arr = [1, 2, 3];
    assert_eq!(arr, [1, 2, 3]);
    assert_eq!(&arr[1..], &[2, 3]);
    assert_eq!((1, 'a'), (1, 'a'));
    println!("all good: {d:?}");
}

fn matches_n(d: Dir) -> bool {
    d == Dir::N
}
