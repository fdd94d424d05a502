// Window layouts: functional update syntax takes its base from the wrong struct.
#[derive(Debug, Clone, Copy)]
struct Margins {
    top: u16,
    bottom: u16,
    left: u16,
    right: u16,
}

#[derive(Debug, Clone, Copy)]
struct Window {
    width: u16,
    height: u16,
    margins: Margins,
    resizable: bool,
}

const DEFAULT_MARGINS: Margins = Margins { top: 4, bottom: 4, left: 8, right: 8 };

const DEFAULT_WINDOW: Window = Window {
    width: 800,
    height: 600,
    margins: DEFAULT_MARGINS,
    resizable: true,
};

fn inner_width(w: &Window) -> u16 {
    w.width - w.margins.left - w.margins.right
}

fn main() {
    let dialog = Window {
        width: 400,
        height: 200,
        ..DEFAULT_MARGINS
    };
    let tight = Margins { top: 0, ..DEFAULT_WINDOW };
    let wide = Window { width: 1600, ..DEFAULT_WINDOW };
    println!("{} {} {}", inner_width(&dialog), tight.bottom, inner_width(&wide));
}
