/**
GitHub-style heading slug: lower case, punctuation removed, spaces to hyphens.
Matches the anchors GitHub generates, so `#what-actually-happened` links work
both on GitHub and in the slideshow.
*/
export function slugify(text: string): string {
	return text
		.trim()
		.toLowerCase()
		// GitHub keeps letters, numbers, marks, connector punctuation (_), hyphens and spaces.
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
		.replace(/ /g, '-');
}
