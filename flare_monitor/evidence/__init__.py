"""Evidence files: what a file really is and whether it may be kept (`detect`), reading and writing
files (`files`), and the first page of a PDF as a picture (`pdf`). Storing, listing and removing
attachments is in services/evidence.py; the actions in actions/evidence.py."""
