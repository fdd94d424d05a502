// A learner coming from Python f-strings: field access and indexing inside `{}`,
// plus a typo'd variable name.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let rect = Rectangle { width: 30, height: 50 };
    let sides = [rect.width, rect.height, rect.width, rect.height];
    let area = rect.area();
    println!("The rectangle is {rect.width} by {rect.height}");
    println!("first side: {sides[0]}");
    println!("area: {area}, perimeter: {perimiter}");
    let total = sides[0] + sides[1] + sides[2] + sides[3];
    println!("total {total} {:?}", rect);
}
