// Nested settings reached through references: `r.a.b`, `(*r).x` and `*r`.
#[derive(Debug)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

#[derive(Debug)]
struct Theme {
    fg: Color,
    bg: Color,
    contrast: u8,
}

#[derive(Debug)]
struct Window {
    theme: Theme,
    width: u32,
    height: u32,
}

fn background(w: &Window) -> Color {
    w.theme.bg
}

fn contrast(w: &Window) -> u8 {
    w.theme.contrast
}

fn theme_copy(w: &Window) -> Theme {
    (*w).theme
}

fn foreground_red(w: &Window) -> u8 {
    (*w).theme.fg.r
}

fn reset(w: &mut Window) -> Window {
    let old = *w;
    w.width = 640;
    old
}

fn area(w: &Window) -> u32 {
    let dims = (w.width, w.height);
    dims.0 * dims.1
}

fn main() {
    let mut w = Window {
        theme: Theme {
            fg: Color { r: 250, g: 250, b: 250 },
            bg: Color { r: 10, g: 10, b: 20 },
            contrast: 7,
        },
        width: 800,
        height: 600,
    };
    println!("{} {} {}", contrast(&w), foreground_red(&w), area(&w));
    let bg = background(&w);
    let t = theme_copy(&w);
    let old = reset(&mut w);
    println!("{:?} {:?} {:?}", bg, t, old.width);
    println!("{} {}", w.theme.fg.g, w.theme.bg.b);
}
