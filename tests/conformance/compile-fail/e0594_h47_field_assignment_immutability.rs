// Assigning to fields of immutable bindings, through shared references,
// and through patterns.
#[derive(Debug, Clone, Copy)]
struct Pixel(u8, u8, u8);

#[derive(Debug, Clone, Copy)]
struct Sprite {
    pos: (i32, i32),
    tint: Pixel,
    hidden: bool,
}

impl Sprite {
    fn nudge(&self, dx: i32) {
        self.pos.0 += dx;
    }

    fn hide(&mut self) {
        self.hidden = true;
    }
}

fn darken(p: &Pixel) {
    p.0 /= 2;
}

fn main() {
    let s = Sprite { pos: (0, 0), tint: Pixel(200, 100, 50), hidden: false };
    s.tint.1 = 0;
    let mut sprites = [s, s];
    for sp in sprites.iter() {
        sp.hidden = true;
    }
    for sp in sprites.iter_mut() {
        sp.hide();
        sp.pos.1 += 1;
    }
    let Sprite { mut pos, tint, .. } = s;
    pos.0 = 7;
    let Sprite { ref mut hidden, .. } = s;
    *hidden = true;
    darken(&tint);
    s.nudge(1);
    println!("{:?} {:?} {:?}", sprites, pos, tint);
}
