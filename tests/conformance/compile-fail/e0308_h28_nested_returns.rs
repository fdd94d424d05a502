// Returning the wrong type from nested blocks and early returns.
#[derive(Clone, Copy)]
struct Window {
    width: u32,
    height: u32,
}

fn area(w: Window) -> u64 {
    let a = {
        let inner = {
            w.width * w.height
        };
        inner
    };
    a
}

fn aspect(w: Window) -> f64 {
    if w.height == 0 {
        return 0;
    }
    {
        let ratio = w.width as f64 / w.height as f64;
        {
            ratio
        }
    }
}

fn fits(w: Window, max: u32) -> bool {
    if w.width > max {
        return "too wide";
    }
    loop {
        if w.height > max {
            break false;
        }
        break w.height;
    }
}

fn label(w: Window) -> char {
    let kind = {
        if w.width > w.height { "landscape" } else { "portrait" }
    };
    kind
}

fn main() {
    let windows = [Window { width: 1920, height: 1080 }, Window { width: 600, height: 800 }];
    for w in windows {
        println!("{} {} {} {}", area(w), aspect(w), fits(w, 1000), label(w));
    }
}
