// lints: dead_code unused_variables unused_mut
// Color palette with tuple structs; several fields and helpers are never read.
#[derive(Clone, Copy)]
struct Rgb(u8, u8, u8);

#[derive(Clone, Copy)]
struct Swatch(Rgb, u16);

struct Palette {
    colors: [Swatch; 3],
    name_len: usize,
}

impl Palette {
    fn brightest(&self) -> u8 {
        let mut best = 0;
        for s in self.colors {
            let Rgb(r, g, b) = s.0;
            let mut sum = r as u16 + g as u16;
            if sum as u8 > best {
                best = sum as u8;
            }
        }
        best
    }

    fn darken(mut self, by: u8) -> Palette {
        for i in 0..3 {
            let Rgb(r, g, b) = self.colors[i].0;
            self.colors[i].0 = Rgb(r.saturating_sub(by), g.saturating_sub(by), b.saturating_sub(by));
        }
        self
    }
}

const DEFAULT_ID: u16 = 7;

fn main() {
    let p = Palette {
        colors: [Swatch(Rgb(10, 20, 30), 1), Swatch(Rgb(200, 30, 5), 2), Swatch(Rgb(90, 90, 90), 3)],
        name_len: 4,
    };
    println!("{}", p.brightest());
    let mut q = p.darken(20);
    println!("{}", q.brightest());
}
