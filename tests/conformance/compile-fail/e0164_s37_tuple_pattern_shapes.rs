// A tuple pattern naming what is not a tuple struct or variant: E0532 for a struct with named fields or a unit variant (the resolver's), E0164 for a struct variant (the type checker's).
enum Ev { Click { x: i32, y: i32 }, Key(char), Quit }
struct Pt { x: i32, y: i32 }
struct Unit;
fn f(e: Ev, p: Pt) -> i32 {
    let a = match e { Ev::Click(x, y) => x + y, Ev::Key(_) => 0, Ev::Quit => 1 };
    let Pt(px, py) = p;
    let b = match e { Ev::Quit(..) => 2, _ => 3 };
    a + px + py + b
}
fn main() {}
