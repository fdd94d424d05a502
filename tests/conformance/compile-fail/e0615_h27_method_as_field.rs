// Rectangle geometry: methods mistaken for fields and fields on primitives.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }

    fn perimeter(&self) -> u32 {
        2 * (self.w + self.h)
    }

    fn is_square(&self) -> bool {
        self.w == self.h
    }
}

fn biggest(rects: &[Rect]) -> u32 {
    let mut best = 0;
    for r in rects {
        if r.area > best {
            best = r.area();
        }
    }
    best
}

fn main() {
    let rects = [Rect { w: 3, h: 4 }, Rect { w: 5, h: 5 }, Rect { w: 1, h: 9 }];
    let big = biggest(&rects);
    let squares = rects.iter().filter_count();
    for r in &rects {
        if r.is_square {
            println!("square {}", r.w);
        }
    }
    println!("{} {} {}", big, big.value, rects[0].perimeter());
    let _ = squares;
}
