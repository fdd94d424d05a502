// Rectangles with field-access mistakes: an unknown field, a field on an integer, a method used as a field.
#[derive(Debug, Clone, Copy)]
struct Rect {
    left: i32,
    top: i32,
    width: u32,
    height: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn right(&self) -> i32 {
        self.left + self.width as i32
    }
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.left < b.right() && b.left < a.right() && a.top < b.bottom
}

fn main() {
    let a = Rect { left: 0, top: 0, width: 10, height: 5 };
    let b = Rect { left: 4, top: 2, width: 3, height: 3 };
    println!("{}", overlaps(&a, &b));
    let w = a.width;
    println!("{}", w.value);
    println!("{}", a.area);
}
