// Deferred initialisation that is only done on some paths through loops and blocks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tag {
    Header(u8),
    Body(u16),
    Trailer,
}

fn header_version(tags: &[Tag]) -> u8 {
    let version: u8;
    let mut i = 0;
    while i < tags.len() {
        if let Tag::Header(v) = tags[i] {
            version = v;
            break;
        }
        i += 1;
    }
    version
}

fn body_size(tags: &[Tag]) -> u16 {
    let size: u16;
    'find: {
        for t in tags {
            if let Tag::Body(n) = *t {
                size = n;
                break 'find;
            }
        }
        println!("no body");
    }
    size
}

fn kind(t: Tag) -> &'static str {
    let name;
    if let Tag::Header(_) = t {
        name = "header";
    } else if let Tag::Body(_) = t {
        name = "body";
    }
    name
}

fn main() {
    let tags = [Tag::Header(2), Tag::Body(512), Tag::Trailer];
    println!("{} {} {}", header_version(&tags), body_size(&tags), kind(Tag::Trailer));
}
