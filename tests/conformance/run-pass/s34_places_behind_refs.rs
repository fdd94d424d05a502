// Places behind references and inside arrays, used without moving them out.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Tool,
    Food,
}

#[derive(Debug)]
struct Label {
    text_len: usize,
    kind: Kind,
}

#[derive(Debug)]
struct Item {
    label: Label,
    price: u32,
    tags: [Label; 2],
}

impl Item {
    fn price_with_tax(&self) -> u32 {
        self.price + self.price / 10
    }

    fn label_len(&self) -> usize {
        let l = &self.label;
        l.text_len
    }

    fn kind(&self) -> Kind {
        match self.label.kind {
            Kind::Tool => Kind::Tool,
            Kind::Food => Kind::Food,
        }
    }

    fn first_tag_len(&self) -> usize {
        let Label { text_len, .. } = self.tags[0];
        text_len
    }

    fn rename(&mut self, len: usize) {
        self.label = Label { text_len: len, kind: self.label.kind };
    }
}

fn describe(label: &Label) -> usize {
    match *label {
        Label { text_len, kind: Kind::Tool } => text_len * 2,
        Label { text_len, .. } => text_len,
    }
}

fn total(items: &[Item]) -> u32 {
    let mut sum = 0;
    for i in 0..items.len() {
        let it = &items[i];
        sum += it.price_with_tax();
        let _ = items[i].label;
    }
    sum
}

fn main() {
    let mut items = [
        Item { label: Label { text_len: 6, kind: Kind::Tool }, price: 100, tags: [Label { text_len: 1, kind: Kind::Tool }, Label { text_len: 2, kind: Kind::Food }] },
        Item { label: Label { text_len: 5, kind: Kind::Food }, price: 40, tags: [Label { text_len: 3, kind: Kind::Food }, Label { text_len: 4, kind: Kind::Food }] },
    ];
    items[1].rename(9);
    println!("{}", total(&items));
    println!("{} {:?}", items[0].label_len(), items[1].kind());
    println!("{}", items[0].first_tag_len());
    println!("{}", describe(&items[0].label) + describe(&items[1].tags[1]));
    let moved = items[0].price;
    let whole = items;
    println!("{} {:?}", moved, whole[1].label);
}
