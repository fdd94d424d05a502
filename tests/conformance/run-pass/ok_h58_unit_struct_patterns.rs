#[derive(Debug, Clone, Copy, PartialEq)]
struct Marker;

#[derive(Debug, Clone, Copy)]
struct Pair(Marker, i32);

fn take(Marker: Marker) -> i32 {
    1
}

fn main() {
    let m = Marker;
    let Marker = m;
    let Pair(Marker, n) = Pair(Marker, 3);
    println!("{} {}", take(Marker), n);
    match m {
        Marker => println!("always"),
    }
    match () {
        () => println!("unit"),
    }
    let markers = [Marker; 2];
    for Marker in markers {
        println!("marker");
    }
}
