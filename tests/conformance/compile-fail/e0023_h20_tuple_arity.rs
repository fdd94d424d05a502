// Geometry messages: tuple-struct and tuple-variant patterns with the wrong
// number of fields.
#[derive(Debug, Clone, Copy)]
struct Point3(i32, i32, i32);

#[derive(Debug, Clone, Copy)]
enum Command {
    MoveTo(Point3),
    Offset(i32, i32),
    Scale(i32),
    Reset,
}

fn apply(p: Point3, cmd: Command) -> Point3 {
    let Point3(x, y, z) = p;
    match cmd {
        Command::MoveTo(target) => target,
        Command::Offset(dx, dy, dz) => Point3(x + dx, y + dy, z + dz),
        Command::Scale(k) => Point3(x * k, y * k, z * k),
        Command::Reset => Point3(0, 0, 0),
    }
}

fn manhattan(p: Point3) -> i32 {
    let Point3(x, y) = p;
    x.abs() + y.abs()
}

fn main() {
    let cmds = [
        Command::Offset(1, 2),
        Command::Scale(3),
        Command::MoveTo(Point3(5, 5, 5)),
        Command::Reset,
    ];
    let mut p = Point3(1, 1, 1);
    for c in cmds {
        p = apply(p, c);
        println!("{}", manhattan(p));
    }
}
