#[derive(Debug, Clone, Copy)]
enum Element {
    Fire,
    Water,
    Earth,
    Air,
    Aether,
    Void,
}

fn main() {
    let e = Element::Fire;
    let Element::Fire = e;
    let elements = [Element::Water, Element::Earth, Element::Air, Element::Aether, Element::Void];
    println!("{}", elements.len());
}
