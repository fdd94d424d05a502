// A rectangle pattern binds `side` for both width and height to test for squares.
#[derive(Clone, Copy)]
struct Rect {
    w: u32,
    h: u32,
}

fn main() {
    let rects = [Rect { w: 2, h: 2 }, Rect { w: 3, h: 1 }];
    for r in rects {
        let Rect { w: side, h: side } = r;
        println!("{}", side);
    }
}
