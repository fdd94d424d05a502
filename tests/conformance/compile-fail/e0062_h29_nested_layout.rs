// A window layout builder with nested struct literals; one names a field twice.
#[derive(Debug, Clone, Copy)]
struct Size {
    w: u32,
    h: u32,
}

#[derive(Debug, Clone, Copy)]
struct Window {
    title_id: u16,
    size: Size,
    margin: u8,
    visible: bool,
}

fn tile(screen: Size, cols: u32) -> Window {
    Window {
        title_id: 1,
        size: Size { w: screen.w / cols, h: screen.h, w: screen.w / (cols + 1) },
        margin: 4,
        visible: true,
    }
}

fn hidden(base: Window) -> Window {
    Window { visible: false, ..base }
}

fn popup() -> Window {
    Window { title_id: 9, size: Size { w: 200, h: 120 }, visible: true }
}

fn main() {
    let screen = Size { w: 1920, h: 1080 };
    let a = tile(screen, 3);
    let b = hidden(a);
    println!("{:?}\n{:?}\n{:?}", a, b, popup());
}
