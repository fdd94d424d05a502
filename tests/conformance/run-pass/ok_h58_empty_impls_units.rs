#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Marker;

impl Marker {}

#[derive(Debug)]
struct Empty {}

impl Empty {}
impl Empty {
    fn new() -> Empty {
        Empty {}
    }
}

#[derive(Debug)]
struct Wrap(());

fn nothing() -> () {}

fn unit_arg(_: ()) -> ((), ()) {
    ((), ())
}

fn main() {
    let m = Marker;
    let e = Empty::new();
    let w = Wrap(());
    let t = unit_arg(nothing());
    println!("{:?} {:?} {:?} {:?}", m, e, w, t);
    let () = nothing();
    let u: () = ();
    println!("{:?}", u);
    let same = m == Marker::default();
    println!("{}", same);
    let arr: [(); 3] = [(); 3];
    println!("{}", arr.len());
}
