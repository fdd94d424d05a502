// lints: unreachable_patterns
#[derive(Debug, Clone, Copy)]
enum Dir {
    In,
    Out,
}

#[allow(unreachable_patterns)]
fn flip(d: Dir) -> Dir {
    match d {
        Dir::In => Dir::Out,
        Dir::Out => Dir::In,
        _ => Dir::In,
    }
}

fn code(d: Dir) -> u8 {
    match d {
        Dir::In => 0,
        Dir::Out => 1,
        #[allow(unreachable_patterns)]
        _ => 2,
    }
}

fn name(d: Dir) -> &'static str {
    match d {
        Dir::In | Dir::In => "in",
        Dir::Out => "out",
        Dir::Out => "out again",
    }
}

fn main() {
    println!("{:?} {} {}", flip(Dir::In), code(Dir::Out), name(Dir::Out));
}
